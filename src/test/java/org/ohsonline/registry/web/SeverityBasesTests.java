package org.ohsonline.registry.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.reference.StoredCatalogTexts;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The severity basis the register stores, read in the reader's language: each industry's entry and
 * how the employer's answers decided it, then the directory cited; bases written before the 2021
 * directory still read; anything else is shown as stored.
 */
class SeverityBasesTests {

	private final SeverityBases bases = new SeverityBases(messages(), new StoredCatalogTexts());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void namesEachIndustrysEntryHowItWasDecidedAndTheDirectory() {
		String basis = "3311 → 3311 结构性金属制品制造 SERIOUS (stricter class until the activity is given); "
				+ "5211: not in the directory [2021 (国卫办职健发〔2021〕5号); 建设项目职业病危害风险分类管理目录（2021年版）]";
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.bases.label(basis)).isEqualTo("行业 3311 → 名录条目 3311 结构性金属制品制造：严重（在单位填报生产活动前按较严类别）；"
				+ "行业 5211：不在名录中；名录 2021 (国卫办职健发〔2021〕5号)（建设项目职业病危害风险分类管理目录（2021年版））");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.bases.label(basis)).startsWith("Industry 3311 → directory entry 3311 结构性金属制品制造: Serious (严重)")
			.contains("(stricter class until the activity is given)")
			.contains("Industry 5211: not in the directory")
			.doesNotContain("SERIOUS");
	}

	@Test
	void readsABasisWrittenBeforeThe2021DirectoryAndLeavesOtherTextsAsStored() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.bases.label("3311 → 33 GENERAL (2021 (provisional), unverified; provisional table)"))
			.isEqualTo("行业 3311 → 名录条目 33：一般（名录 2021 (provisional)（未经核实；provisional table））");
		assertThat(this.bases.label("4430 → 44 GENERAL [2021 (provisional), unverified]"))
			.isEqualTo("行业 4430 → 名录条目 44：一般；名录 2021 (provisional)（未经核实）");
		assertThat(this.bases.label("entered by hand")).isEqualTo("entered by hand");
		assertThat(this.bases.label(null)).isEmpty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/registry");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
