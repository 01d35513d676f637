package org.ohsonline.registry;

import java.time.LocalDate;

/** A worker as pages and the API show them: the identity number masked. */
public record WorkerView(long id, String idNumberMasked, String name, String gender, LocalDate birthDate,
		String mobileMasked, boolean synthetic) {
}
