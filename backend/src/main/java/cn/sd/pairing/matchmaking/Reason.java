package cn.sd.pairing.matchmaking;

/** One line of a suggestion's explanation and the points it adds (negative: the load penalty). */
public record Reason(Kind kind, String text, int points) {
  public enum Kind {
    /** A leading industry of the zone served by an advantage discipline of the subject. */
    FIT,
    SAME_CITY,
    NEIGHBOUR_CITY,
    /** The legal-entity university already pairs with other zones. */
    LOAD
  }
}
