/**
 * "朗读": the browser's speech synthesis in the H5 build. The WeChat build would need a speech plugin
 * (WechatSI is out of maintenance) and none is configured, so there it is never offered.
 */
export function readAloudAvailable(): boolean {
  if (process.env.TARO_ENV !== 'h5') return false;
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/** Chrome stops long utterances after about fifteen seconds: speak sentence by sentence instead. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；\n])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Speaks the text in Mandarin, calling `onEnd` when it finished or was stopped. */
export function speak(text: string, onEnd: () => void): void {
  const synthesis = window.speechSynthesis;
  synthesis.cancel();
  const parts = sentences(text);
  parts.forEach((part, index) => {
    const utterance = new SpeechSynthesisUtterance(part);
    utterance.lang = 'zh-CN';
    if (index === parts.length - 1) {
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
    }
    synthesis.speak(utterance);
  });
  if (parts.length === 0) onEnd();
}

export function stopSpeaking(): void {
  if (readAloudAvailable()) window.speechSynthesis.cancel();
}
