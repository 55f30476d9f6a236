package io.coodie.spring.data.contract;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Transient;

/** Spring Data's and java.beans' {@code @Transient}, and the four auditing properties. */
@Table(name = "memos")
public record Memo(@PartitionKey String id, String text, @Transient String draft, String preview,
    @CreatedDate Instant createdAt, @LastModifiedDate Instant updatedAt, @CreatedBy String createdBy,
    @LastModifiedBy String updatedBy) {

  public static Memo of(String id, String text) {
    return new Memo(id, text, "draft of " + id, "preview of " + id, null, null, null, null);
  }

  @java.beans.Transient
  @Override
  public String preview() {
    return preview;
  }

  public Memo withText(String newText) {
    return new Memo(id, newText, draft, preview, createdAt, updatedAt, createdBy, updatedBy);
  }
}
