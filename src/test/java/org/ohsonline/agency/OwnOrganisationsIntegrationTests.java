package org.ohsonline.agency;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which kind of organisation stands behind a staff user's scope, which menus and home cards ask: the
 * demo exam and diagnosis institutions' staff hold the same role but are told apart.
 */
@IntegrationTest
class OwnOrganisationsIntegrationTests {

	@Autowired
	OwnOrganisations organisations;

	@Test
	void tellsAnExamInstitutionFromADiagnosisInstitution() {
		Actor exam = staff(Scope.Kind.INSTITUTION, withCheck("12330105DEMEX0001"));
		Actor diagnosis = staff(Scope.Kind.INSTITUTION, withCheck("12330105DEMDX0001"));
		assertThat(this.organisations.kinds(exam)).containsExactly(AgencyKind.EXAM_INSTITUTION);
		assertThat(this.organisations.kinds(diagnosis)).containsExactly(AgencyKind.DIAGNOSIS_INSTITUTION);
		assertThat(this.organisations.actsAs(exam, AgencyKind.EXAM_INSTITUTION)).isTrue();
		assertThat(this.organisations.actsAs(diagnosis, AgencyKind.EXAM_INSTITUTION)).isFalse();
		assertThat(this.organisations.own(diagnosis)).singleElement()
			.satisfies(ref -> assertThat(ref.kind()).isEqualTo(AgencyKind.DIAGNOSIS_INSTITUTION));
	}

	@Test
	void leavesOtherScopesAlone() {
		Actor county = new Actor(71, "orgs-county", "监管", "330105", Scope.region("330105"), Set.of(), "127.0.0.1",
				Actor.Channel.UI);
		assertThat(this.organisations.kinds(county)).isEmpty();
		assertThat(this.organisations.own(county)).isEmpty();
		assertThat(this.organisations.actsAs(county, AgencyKind.DIAGNOSIS_INSTITUTION)).isTrue();
		Actor unknown = staff(Scope.Kind.INSTITUTION, withCheck("12330114TEMPD0002"));
		assertThat(this.organisations.kinds(unknown)).isEmpty();
		assertThat(this.organisations.actsAs(unknown, AgencyKind.EXAM_INSTITUTION)).isFalse();
		// An agency's staff are not an institution's, whatever the code.
		assertThat(this.organisations.kinds(staff(Scope.Kind.AGENCY, withCheck("12330105DEMEX0001")))).isEmpty();
	}

	private static Actor staff(Scope.Kind kind, String code) {
		return new Actor(70, "orgs-" + code, "机构", "3301", new Scope(kind, code), Set.of(), "127.0.0.1",
				Actor.Channel.UI);
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
