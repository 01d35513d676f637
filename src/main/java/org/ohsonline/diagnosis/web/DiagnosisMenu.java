package org.ohsonline.diagnosis.web;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.OwnOrganisations;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Diagnosis for everyone who reads cases, but of the institutions' staff only for diagnosis
 * institutions' (an exam institution's staff hold the same role); rehabilitation also for a
 * station's own staff, whose code no registered institution holds.
 */
@Configuration(proxyBeanMethods = false)
class DiagnosisMenu {

	private final OwnOrganisations organisations;

	DiagnosisMenu(OwnOrganisations organisations) {
		this.organisations = organisations;
	}

	private boolean diagnoses(org.ohsonline.shared.Actor actor) {
		return this.organisations.actsAs(actor, AgencyKind.DIAGNOSIS_INSTITUTION);
	}

	@Bean
	MenuItem diagnosisCasesMenuItem() {
		return new MenuItem(60, "nav.diagnosis", "/diagnosis/cases", "diagnosis:case:read").when(this::diagnoses);
	}

	@Bean
	MenuItem diagnosisClocksMenuItem() {
		return new MenuItem(61, "nav.diagnosisClocks", "/diagnosis/clocks", "diagnosis:case:read").when(this::diagnoses);
	}

	@Bean
	MenuItem rehabilitationMenuItem() {
		return new MenuItem(63, "nav.rehabilitation", "/diagnosis/stations", "diagnosis:rehab:read")
			.when(actor -> diagnoses(actor) || this.organisations.kinds(actor).isEmpty());
	}

	@Bean
	MenuItem diseaseRegistryMenuItem() {
		return new MenuItem(62, "nav.diseaseRegistry", "/diagnosis/registry", "diagnosis:case:read")
			.when(this::diagnoses);
	}

	@Bean
	MenuItem diagnosisExchangeMenuItem() {
		return new MenuItem(64, "nav.diagnosisExchange", "/exchange/diagnosis", "diagnosis:exchange:export");
	}

	@Bean
	MenuItem pesticidePoisoningsMenuItem() {
		return new MenuItem(65, "nav.pesticidePoisonings", "/diagnosis/pesticide-poisonings", "diagnosis:pesticide:read");
	}

	/** Hospitals (exam and diagnosis institutions' staff) report poisonings and see their own reports. */
	@Bean
	MenuItem pesticideReportsMenuItem() {
		return new MenuItem(65, "nav.pesticidePoisonings", "/diagnosis/pesticide-poisonings", "diagnosis:pesticide:report")
			.when(actor -> !actor.can("diagnosis:pesticide:read"));
	}

}
