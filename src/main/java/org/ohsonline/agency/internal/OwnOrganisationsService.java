package org.ohsonline.agency.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.OwnOrganisations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which organisations stand behind a staff user's scope. The kinds are asked on every page (the
 * menu), so they are kept for a minute; registering an organisation drops them at once.
 */
@Service
class OwnOrganisationsService implements OwnOrganisations {

	private final AgencyStore store;

	private final ExpiringCache<String, Set<AgencyKind>> kinds;

	OwnOrganisationsService(AgencyStore store, Clock clock, CacheCoherence coherence) {
		this.store = store;
		this.kinds = coherence.register("agency.own-organisations",
				new ExpiringCache<>(Duration.ofMinutes(1), 10_000, clock));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<AgencyKind> kinds(Actor actor) {
		Scope scope = actor.scope();
		if (scope.kind() != Scope.Kind.AGENCY && scope.kind() != Scope.Kind.INSTITUTION) {
			return Set.of();
		}
		String key = scope.kind() + ":" + scope.value();
		return this.kinds.get(key).orElseGet(() -> {
			long generation = this.kinds.generation();
			Set<AgencyKind> found = EnumSet.noneOf(AgencyKind.class);
			own(actor).forEach(ref -> found.add(ref.kind()));
			Set<AgencyKind> value = Set.copyOf(found);
			this.kinds.put(key, value, generation);
			return value;
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyRef> own(Actor actor) {
		Scope scope = actor.scope();
		if (scope.kind() != Scope.Kind.AGENCY && scope.kind() != Scope.Kind.INSTITUTION) {
			return List.of();
		}
		return this.store.byCreditCode(scope.value())
			.stream()
			.filter(row -> row.kind().staffScope() == scope.kind())
			.map(AgencyStore.Row::reference)
			.toList();
	}

	/** An organisation was registered or changed: a credit code may now stand for another kind. */
	void forget() {
		this.kinds.invalidateAll();
	}

}
