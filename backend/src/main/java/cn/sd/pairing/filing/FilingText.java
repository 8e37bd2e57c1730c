package cn.sd.pairing.filing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** How text typed into a filing is cleaned and how lists are stored. */
public final class FilingText {
  public static final String SEPARATOR = ";";

  private FilingText() {}

  /** Trimmed (Unicode whitespace too); null when nothing is left. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.replace('\u00A0', ' ').strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Items trimmed, blanks and repeats dropped; null stays null ("not given"). */
  public static List<String> cleanItems(List<String> items) {
    if (items == null) {
      return null;
    }
    LinkedHashSet<String> kept = new LinkedHashSet<>();
    for (String item : items) {
      String value = clean(item);
      if (value != null) {
        kept.add(value);
      }
    }
    return new ArrayList<>(kept);
  }

  /** A stored ';'-separated list; empty for null. */
  public static List<String> split(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return List.of(stored.split(SEPARATOR)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public static String join(List<String> items) {
    return items == null || items.isEmpty() ? null : String.join(SEPARATOR, items);
  }
}
