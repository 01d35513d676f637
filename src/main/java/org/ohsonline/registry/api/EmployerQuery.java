package org.ohsonline.registry.api;

import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.shared.PageQuery;

/**
 * The query string of the employer list ({@code GET /api/v1/employers}), every parameter optional;
 * bound by {@link EmployerQueryBinding}.
 *
 * @param q part of the name, or the start of the credit code
 * @param region a region prefix inside the caller's scope
 * @param industry a GB/T 4754 code prefix
 * @param sizeClass a size class name
 * @param severity a severity name
 * @param status an employer status name
 * @param sort {@code name}, {@code region}, {@code industry}, {@code employees} or {@code updated}; a leading
 * {@code -} sorts descending
 * @param page the page, from 1
 * @param size rows a page (at most {@value PageQuery#MAX_SIZE})
 */
record EmployerQuery(String q, String region, String industry, String sizeClass, String severity, String status,
		String sort, Integer page, Integer size) {

	EmployerFilter filter() {
		return new EmployerFilter(this.q, this.region, this.industry, this.sizeClass, this.severity, this.status,
				this.sort);
	}

	PageQuery pageQuery() {
		return PageQuery.of(this.page, this.size);
	}

}
