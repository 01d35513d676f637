package org.ohsonline.indicators.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import org.ohsonline.indicators.FigureTable;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, ranking and trend cards as rendered markup, reused while the figures they show are the same.
 * Rendering them is most of the page's cost (every indicator with its definition, counts, target and rating, and the
 * ranking of the divisions below, the trend of the selected one), while between two changes of the read model every caller who may see a region
 * gets exactly the same cards: nothing in them depends on the caller. The key is everything they are made of — the
 * figure table itself, the selected indicator, the language and whether a region map is loaded. The table is the one
 * the figures' cache keeps until the read model changes and is compared by identity (comparing its values would
 * hash every figure of every division on every request): a table read again is a new key, and its cards are rendered
 * once more. The time to live ({@code ohs.indicators.figure-cache-ttl}, as for the figures) bounds what changes
 * without changing the table, the divisions' names, and how long cards of a table no longer in use are kept.
 */
@Component
class FigureCards {

	private record Key(Same table, String selected, Locale locale, boolean hasMap) {
	}

	/** A table compared by identity. */
	private record Same(FigureTable table) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Same same && same.table == this.table;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.table);
		}

	}

	private final ExpiringCache<Key, String> rendered;

	FigureCards(Clock clock, @Value("${ohs.indicators.figure-cache-ttl:60s}") Duration timeToLive) {
		this.rendered = new ExpiringCache<>(timeToLive, 1_000, clock);
	}

	String html(FigureTable table, DashboardRows rows, Locale locale, boolean hasMap, Supplier<String> render) {
		String selected = rows.selected() == null ? null : rows.selected().code();
		return this.rendered.get(new Key(new Same(table), selected, locale, hasMap), render);
	}

}
