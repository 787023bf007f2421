import Taro from '@tarojs/taro';

export function windowHeight(): number {
  try {
    return Taro.getWindowInfo().windowHeight;
  } catch {
    return Taro.getSystemInfoSync().windowHeight;
  }
}

export interface Placed {
  id: string;
  /** Distance from the top of the viewport (negative once scrolled past). */
  top: number;
}

/** Where the elements matching `selector` sit in the viewport right now. */
export function placesOf(selector: string): Promise<Placed[]> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .selectAll(selector)
        .fields({ id: true, rect: true })
        .exec((result: unknown[]) => {
          const found = (result?.[0] ?? []) as { id?: string; top?: number }[];
          resolve(found.map((node) => ({ id: node.id ?? '', top: node.top ?? 0 })));
        });
    } catch {
      // Not laid out (the page is closing): nothing to measure.
      resolve([]);
    }
  });
}

export async function placeOf(selector: string): Promise<Placed | null> {
  return (await placesOf(selector))[0] ?? null;
}

export function scrollPageTo(scrollTop: number, animated: boolean): void {
  void Taro.pageScrollTo({ scrollTop: Math.max(0, scrollTop), duration: animated ? 250 : 0 });
}
