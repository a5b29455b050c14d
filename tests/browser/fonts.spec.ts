import { expect, test } from './fixtures';

/** Sample words in the scripts that need fonts beyond Latin (from the app's own text). */
const SAMPLES: Record<string, string> = {
  'zh-Hans': '安全计划锁定密码恢复代码律师翻译',
  'zh-Hant': '安全計劃鎖定密碼恢復代碼律師翻譯',
  ko: '안전계획잠금비밀번호변호사통역사',
  th: 'แผนความปลอดภัยล็อกรหัสผ่านทนายความล่าม',
  vi: 'Kế hoạch an toàn mật khẩu luật sư phiên dịch',
};

test.describe('fonts', () => {
  test('Chinese, Korean, Thai and Vietnamese render with real glyphs, not empty boxes', async ({
    page,
  }) => {
    await page.goto('/');
    const tofu = await page.evaluate((samples) => {
      const family = getComputedStyle(document.body).fontFamily;
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no canvas');
      const draw = (text: string) => {
        context.clearRect(0, 0, 48, 48);
        context.font = `32px ${family}`;
        context.fillText(text, 4, 36);
        return context.getImageData(0, 0, 48, 48).data.join(',');
      };
      // A private-use code point has no glyph anywhere: it draws the "missing" box.
      const missing = [draw('\uE000'), draw('\uE001')];
      // The detector works: a script no installed font covers (Adlam) is caught.
      const control = missing.includes(draw('\u{1E900}'));
      const found: string[] = control ? [] : ['the missing-glyph detector failed'];
      for (const [tag, text] of Object.entries(samples)) {
        for (const char of new Set(text.replace(/\s/g, ''))) {
          // Combining marks (Thai vowels and tones) are checked on their base letters.
          if (/\p{M}/u.test(char)) continue;
          if (missing.includes(draw(char))) found.push(`${tag} ${char}`);
        }
      }
      return found;
    }, SAMPLES);
    expect(tofu).toEqual([]);
  });
});
