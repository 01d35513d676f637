package org.ohsonline.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page's sort headers and pager: the list's own URL (its filters, already
 * encoded) with one parameter set to a new value, replacing the one the URL had — appending
 * {@code &sort=} to a URL that carried a sort sent both, and Spring read them as one text joined
 * with a comma. Templates use {@code ${@listUrls.with(base, 'sort', 'name')}}.
 */
@Component("listUrls")
public class ListUrls {

	public String with(String url, String name, Object value) {
		return UriComponentsBuilder.fromUriString(url == null ? "" : url)
			.replaceQueryParam(name, value == null ? "" : value.toString())
			.build()
			.toUriString();
	}

}
