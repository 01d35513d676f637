package org.ohsonline.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ohsonline.registry.EmploymentView;

/** An employment as the audit trail records it before and after a change (mutable, so a caller may add to it). */
final class EmploymentSnapshot {

	private EmploymentSnapshot() {
	}

	static Map<String, Object> of(EmploymentView employment) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("worker", employment.workerId());
		state.put("employer", employment.employerId());
		state.put("post", employment.postName());
		state.put("hiredOn", employment.hiredOn().toString());
		state.put("leftOn", employment.leftOn() == null ? null : employment.leftOn().toString());
		state.put("dispatched", employment.dispatched());
		state.put("hostEmployer", employment.hostEmployerId());
		state.put("hostStatus", employment.hostStatus() == null ? null : employment.hostStatus().name());
		return state;
	}

}
