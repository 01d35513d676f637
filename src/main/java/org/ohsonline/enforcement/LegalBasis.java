package org.ohsonline.enforcement;

/**
 * Where a duty or a penalty stands in the law: the law's edition, the article, and where the law has them the
 * paragraph (款) and item (项). Keyed this way because amounts and numbering changed across editions.
 *
 * @param paragraph 0 where the article is cited whole
 * @param item 0 where no item is cited
 */
public record LegalBasis(String law, int article, int paragraph, int item) {

	/** In the official form: 职业病防治法（2018年修正）第二十六条第二款. */
	public String text() {
		StringBuilder text = new StringBuilder(this.law).append('第').append(ChineseNumerals.of(this.article)).append('条');
		if (this.paragraph > 0) {
			text.append('第').append(ChineseNumerals.of(this.paragraph)).append('款');
		}
		if (this.item > 0) {
			text.append('第').append(ChineseNumerals.of(this.item)).append('项');
		}
		return text.toString();
	}

	/** The key of a penalty article and item as the catalogs write it ({@code 71.1}, {@code 70}). */
	public String key() {
		return this.item > 0 ? this.article + "." + this.item : String.valueOf(this.article);
	}

	/** Reads {@code 71.1} (article 71, item 1) or {@code 73} of a law. */
	public static LegalBasis ofKey(String law, String key) {
		String[] parts = key.trim().split("\\.");
		return new LegalBasis(law, Integer.parseInt(parts[0]), 0, parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
	}

	/** Numbers 1–199 in Chinese numerals as statutes write them (十, 十一, 二十, 七十一, 一百零五). */
	static final class ChineseNumerals {

		private static final String DIGITS = "零一二三四五六七八九";

		private ChineseNumerals() {
		}

		static String of(int n) {
			if (n <= 0 || n >= 200) {
				return String.valueOf(n);
			}
			StringBuilder s = new StringBuilder();
			int hundreds = n / 100;
			int tens = (n % 100) / 10;
			int ones = n % 10;
			if (hundreds > 0) {
				s.append(DIGITS.charAt(hundreds)).append('百');
				if (tens == 0 && ones > 0) {
					s.append('零');
				}
			}
			if (tens > 0) {
				if (tens > 1 || hundreds > 0) {
					s.append(DIGITS.charAt(tens));
				}
				s.append('十');
			}
			if (ones > 0) {
				s.append(DIGITS.charAt(ones));
			}
			return s.toString();
		}

	}

}
