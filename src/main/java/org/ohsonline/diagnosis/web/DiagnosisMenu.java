package org.ohsonline.diagnosis.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DiagnosisMenu {

	@Bean
	MenuItem diagnosisCasesMenuItem() {
		return new MenuItem(60, "nav.diagnosis", "/diagnosis/cases", "diagnosis:case:read");
	}

	@Bean
	MenuItem diagnosisClocksMenuItem() {
		return new MenuItem(61, "nav.diagnosisClocks", "/diagnosis/clocks", "diagnosis:case:read");
	}

	@Bean
	MenuItem rehabilitationMenuItem() {
		return new MenuItem(63, "nav.rehabilitation", "/diagnosis/stations", "diagnosis:rehab:read");
	}

	@Bean
	MenuItem diseaseRegistryMenuItem() {
		return new MenuItem(62, "nav.diseaseRegistry", "/diagnosis/registry", "diagnosis:case:read");
	}

}
