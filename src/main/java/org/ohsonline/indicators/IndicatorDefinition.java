package org.ohsonline.indicators;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One indicator as the {@code indicator-definitions} catalog version in force defines it: what is counted, in which
 * unit, from which module, and the plan target it stands for — shown beside every figure.
 *
 * @param unit {@code EMPLOYERS}, {@code WORKERS} (exposed workers, counted as people) or {@code PEOPLE}
 * @param population {@code SEVERE}, {@code DUST}, {@code EXPOSED}, or {@code IMPORTED} for the figures the platform
 * does not hold
 * @param period {@code CURRENT} (the state today) or {@code YEAR} (an imported yearly figure)
 * @param sourceModule the module the numerator is counted from, or {@code import}
 * @param rule what puts an employer or its people in the numerator: {@code DECLARED}, {@code TESTED},
 * {@code EXAMINED}, {@code LEADERS_TRAINED}, {@code WORKERS_TRAINED}, {@code IMPORTED}
 * @param amberMargin percentage points below the target that are still amber
 * @param planTarget the plan's target in per cent ({@code null} when the indicator stands for no plan target)
 * @param basisZh where the definition and target come from (Chinese; {@code basisEn} English)
 * @param edition the catalog edition the definition comes from
 */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String unit, String population,
		String populationZh, String populationEn, String numeratorZh, String numeratorEn, String denominatorZh,
		String denominatorEn, String period, String sourceModule, String rule, String direction, int amberMargin, String plan,
		BigDecimal planTarget, String basisZh, String basisEn, boolean verified, String edition) {

	public boolean imported() {
		return "import".equals(this.sourceModule);
	}

	public String name(Locale locale) {
		return english(locale) ? this.nameEn : this.nameZh;
	}

	public String populationText(Locale locale) {
		return english(locale) ? this.populationEn : this.populationZh;
	}

	public String numeratorText(Locale locale) {
		return english(locale) ? this.numeratorEn : this.numeratorZh;
	}

	public String basis(Locale locale) {
		return english(locale) ? this.basisEn : this.basisZh;
	}

	public String denominatorText(Locale locale) {
		return english(locale) ? this.denominatorEn : this.denominatorZh;
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
