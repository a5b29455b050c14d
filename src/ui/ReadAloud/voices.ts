import { signal } from '@preact/signals';

/**
 * Voices installed on the device. Only local voices are used: a network voice would
 * send the person's plan text to a speech service.
 */
export const localVoices = signal<SpeechSynthesisVoice[]>([]);

function refresh(): void {
  localVoices.value = speechSynthesis.getVoices().filter((voice) => voice.localService);
}

if (typeof speechSynthesis !== 'undefined') {
  refresh();
  speechSynthesis.addEventListener?.('voiceschanged', refresh);
}

/** A local voice for a language tag (`zh-Hant` matches `zh-TW`/`zh-HK`), if any. */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0] ?? wanted;
  const traditional = ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'];
  const matches = (voice: SpeechSynthesisVoice) => {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    if (base === 'zh') {
      const isTraditional = traditional.some((t) => tag.startsWith(t));
      return tag.startsWith('zh') && isTraditional === (wanted === 'zh-hant');
    }
    if (base === 'tl') return tag.startsWith('tl') || tag.startsWith('fil');
    return tag === wanted || tag.startsWith(`${base}-`) || tag === base;
  };
  return localVoices.value.find(matches);
}
