package org.ohsonline.indicators;

import java.math.BigDecimal;

/**
 * One row of a batch of targets (a workbook loaded at {@code /indicators/targets} or the API's
 * {@code targets/import}): the region (province, city or county), the year, the indicator, the value in per cent and,
 * optionally, its own basis (else the batch's).
 *
 * @param row the row's number as the caller knows it (in a workbook the header is row 1, so data start at 2; over the
 * API the position in the list, from 1, when not given); refusals name it
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorTargetRow")
public record TargetRow(Integer row, String regionCode, Integer year, String indicatorCode, BigDecimal value,
		String source) {
}
