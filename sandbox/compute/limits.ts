// Nova's [api] paging limits.

/** [api] max_limit: the largest page Nova returns. */
export const MAX_LIMIT = 1000;
