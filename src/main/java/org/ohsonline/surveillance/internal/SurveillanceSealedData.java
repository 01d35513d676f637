package org.ohsonline.surveillance.internal;

import java.util.List;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.stereotype.Component;

/** What exams keep sealed (recommendations, conclusion details), for a rotation of the secret key (decision 0024). */
@Component
class SurveillanceSealedData implements SealedData {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.of("surveillance.exam", "id", "recommendation_sealed"),
				SealedColumn.of("surveillance.exam_conclusion", "exam_id", "detail_sealed"));
	}

}
