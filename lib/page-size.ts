// Horizon's "Items Per Page" setting. Kept in a cookie (not localStorage) so the
// server renders the first page of a list at the size the user chose.
export const PAGE_SIZE_COOKIE = 'page-size';
// Small sizes help on small clouds and in class (paging five instances at a time).
export const PAGE_SIZES = [5, 10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export function parsePageSize(value: string | undefined | null): number {
  const size = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
}
