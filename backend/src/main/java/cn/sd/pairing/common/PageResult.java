package cn.sd.pairing.common;

import java.util.List;

/** One page of a list: the total number of matches and the items of the requested page. */
public record PageResult<T>(long total, List<T> items) {}
