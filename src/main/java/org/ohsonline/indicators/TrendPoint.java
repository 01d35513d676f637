package org.ohsonline.indicators;

/** An indicator in a region at a month's end ({@code yyyy-MM}), from the read model's monthly totals. */
public record TrendPoint(String month, long numerator, long denominator) {

	@com.fasterxml.jackson.annotation.JsonProperty("percent")
	public java.math.BigDecimal percent() {
		return Figure.percent(this.numerator, this.denominator);
	}

}
