/**
 * wx-server-sdk types every database call as "promise or callback-style void"; these unwrap the promise
 * form, the only one this code uses.
 */
export async function rows<T>(query: { get(): unknown }): Promise<T[]> {
  return ((await query.get()) as { data: T[] }).data;
}

export async function countOf(query: { count(): unknown }): Promise<number> {
  return ((await query.count()) as { total: number }).total;
}

/** Reads past the server's 100-document cap, one page at a time. */
export async function allRows<T>(
  query: { skip(n: number): { limit(n: number): { get(): unknown } } },
  pageSize = 100,
): Promise<T[]> {
  const result: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await rows<T>(query.skip(offset).limit(pageSize));
    result.push(...page);
    if (page.length < pageSize) return result;
  }
}
