package org.ohsonline.promotion.web;

import org.ohsonline.reference.Industries;

import org.springframework.stereotype.Component;

/** An industry's code and name for the model-enterprise pages ({@code ${@promotionIndustries.name(code)}}). */
@Component("promotionIndustries")
public class PromotionIndustries {

	private final Industries industries;

	PromotionIndustries(Industries industries) {
		this.industries = industries;
	}

	public String name(String code) {
		return code == null ? "" : this.industries.findIndustry(code).map(i -> i.code() + " " + i.name()).orElse(code);
	}

}
