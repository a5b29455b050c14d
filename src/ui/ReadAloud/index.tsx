import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { voiceFor } from './voices';

/**
 * Reads a question and its help aloud in the question's language, with a voice on the
 * device. Hidden when there is no such voice (nothing is ever sent to a speech service).
 */
export function ReadAloud({ text, lang }: { text: string; lang: string }) {
  const [speaking, setSpeaking] = useState(false);
  const voice = voiceFor(lang);
  if (!voice || !text.trim()) return null;
  const speak = () => {
    speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  return (
    <button
      type="button"
      class="button button--quiet read-aloud"
      aria-pressed={speaking}
      onClick={speak}
    >
      {speaking ? t('read.stop') : t('read.aloud')}
    </button>
  );
}
