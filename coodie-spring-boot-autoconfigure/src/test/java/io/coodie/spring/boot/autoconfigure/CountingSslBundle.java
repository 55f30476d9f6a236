package io.coodie.spring.boot.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;

/** The JVM's default SSL material, counting the SSL contexts created from it. */
final class CountingSslBundle implements SslBundle {

  final AtomicInteger contexts = new AtomicInteger();

  private final SslBundle delegate = SslBundle.systemDefault();

  @Override
  public SslStoreBundle getStores() {
    return this.delegate.getStores();
  }

  @Override
  public SslBundleKey getKey() {
    return this.delegate.getKey();
  }

  @Override
  public SslOptions getOptions() {
    return this.delegate.getOptions();
  }

  @Override
  public String getProtocol() {
    return this.delegate.getProtocol();
  }

  @Override
  public SslManagerBundle getManagers() {
    return this.delegate.getManagers();
  }

  @Override
  public SSLContext createSslContext() {
    this.contexts.incrementAndGet();
    return this.delegate.createSslContext();
  }
}
