interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }>>;
}

interface Recognition {
  lang: string;
  interimResults: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: (() => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionConstructor = new () => Recognition;

/** The browser's speech recognition, where it has one (Chrome, Edge, Safari); the H5 build only. */
function recognitionConstructor(): RecognitionConstructor | null {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return null;
  const candidates = window as unknown as Record<string, RecognitionConstructor | undefined>;
  return candidates.SpeechRecognition ?? candidates.webkitSpeechRecognition ?? null;
}

export const canDictate = () => recognitionConstructor() !== null;

/**
 * Listens once in Mandarin and hands back what was heard. In WeChat the keyboard's own voice input does
 * this, so the mini-program needs nothing of its own.
 */
export function dictate(onText: (text: string) => void, onEnd: () => void): () => void {
  const Constructor = recognitionConstructor();
  if (!Constructor) {
    onEnd();
    return () => undefined;
  }
  const recognition = new Constructor();
  recognition.lang = 'zh-CN';
  recognition.interimResults = false;
  recognition.onresult = (event) => {
    const heard = Array.from(event.results)
      .map((result) => result[0]?.transcript ?? '')
      .join('');
    if (heard) onText(heard);
  };
  recognition.onerror = onEnd;
  recognition.onend = onEnd;
  recognition.start();
  return () => recognition.stop();
}
