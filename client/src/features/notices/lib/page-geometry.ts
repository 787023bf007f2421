import Taro from '@tarojs/taro';

function wechatWindowHeight(): number {
  try {
    return Taro.getWindowInfo().windowHeight;
  } catch {
    return Taro.getSystemInfoSync().windowHeight;
  }
}

// In a browser the window is the page's viewport; asking Taro would bring its 15 KB user-agent parser to the
// reader's first load (the H5 build drops the branch it does not take).
export const windowHeight: () => number =
  process.env.TARO_ENV === 'h5' ? () => window.innerHeight : wechatWindowHeight;

export interface Placed {
  id: string;
  /** Distance from the top of the viewport (negative once scrolled past). */
  top: number;
}

function wechatPlaces(selector: string): Promise<Placed[]> {
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

/** What Taro's H5 selector query does (the whole document, after pending renders), without its 12 KB. */
function browserPlaces(selector: string): Promise<Placed[]> {
  return new Promise((resolve) =>
    setTimeout(() =>
      resolve(
        Array.from(document.querySelectorAll(selector), (element) => ({
          id: element.id,
          top: element.getBoundingClientRect().top,
        })),
      ),
    ),
  );
}

/** Where the elements matching `selector` sit in the viewport right now. */
export const placesOf: (selector: string) => Promise<Placed[]> =
  process.env.TARO_ENV === 'h5' ? browserPlaces : wechatPlaces;

export async function placeOf(selector: string): Promise<Placed | null> {
  return (await placesOf(selector))[0] ?? null;
}

export function scrollPageTo(scrollTop: number, animated: boolean): void {
  void Taro.pageScrollTo({ scrollTop: Math.max(0, scrollTop), duration: animated ? 250 : 0 });
}
