package io.coodie.spring.data.repository.support;

import io.coodie.core.api.query.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the condition grammar of {@code @Iff}: {@code property op :parameter} joined by {@code AND} (any case),
 * {@code op} one of {@code = != <> < <= > >= IN}. Hand-written on purpose: the grammar is tiny and no CQL parser is
 * worth a dependency for it.
 */
final class IffConditions {

  /** One parsed condition. */
  record Condition(String property, Comparison comparison, String parameter) {}

  private static final Pattern AND = Pattern.compile("\\s+(?i:and)\\s+");

  private static final Pattern CONDITION =
      Pattern.compile("\\s*([A-Za-z_$][\\w$]*)\\s*(<=|>=|!=|<>|=|<|>|(?i:in)(?=\\s|:))\\s*:([A-Za-z_$][\\w$]*)\\s*");

  private IffConditions() {}

  /**
   * The conditions of an {@code @Iff} value.
   *
   * @throws IllegalArgumentException naming the malformed condition and showing the grammar
   */
  static List<Condition> parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("@Iff is empty; write conditions like \"price = :expected\"");
    }
    List<Condition> conditions = new ArrayList<>();
    for (String part : AND.split(value.trim())) {
      Matcher matcher = CONDITION.matcher(part);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("@Iff(\"" + value + "\"): cannot read the condition '" + part.trim()
            + "'; write 'property op :parameter' joined by AND, with op one of = != < <= > >= IN");
      }
      conditions.add(new Condition(matcher.group(1), comparison(matcher.group(2)), matcher.group(3)));
    }
    return conditions;
  }

  private static Comparison comparison(String op) {
    return switch (op.toUpperCase(Locale.ROOT)) {
      case "=" -> Comparison.EQ;
      case "!=", "<>" -> Comparison.NE;
      case "<" -> Comparison.LT;
      case "<=" -> Comparison.LTE;
      case ">" -> Comparison.GT;
      case ">=" -> Comparison.GTE;
      case "IN" -> Comparison.IN;
      default -> throw new IllegalArgumentException("unknown operator " + op);
    };
  }
}
