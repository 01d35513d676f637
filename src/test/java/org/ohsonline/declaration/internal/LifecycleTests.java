package org.ohsonline.declaration.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTests {

	@Test
	void submitsADraftOrAReturnedDeclarationOnly() {
		assertThat(Lifecycle.submit(DeclarationStatus.DRAFT)).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThat(Lifecycle.submit(DeclarationStatus.RETURNED)).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThatThrownBy(() -> Lifecycle.submit(DeclarationStatus.SUBMITTED)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Lifecycle.submit(DeclarationStatus.ACCEPTED)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void cannotAcceptADraft() {
		assertThatThrownBy(() -> Lifecycle.accept(DeclarationStatus.DRAFT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("declaration.error.notSubmitted"));
		assertThat(Lifecycle.accept(DeclarationStatus.SUBMITTED)).isEqualTo(DeclarationStatus.ACCEPTED);
	}

	@Test
	void returnNeedsAReason() {
		assertThatThrownBy(() -> Lifecycle.giveBack(DeclarationStatus.SUBMITTED, " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).field())
				.isEqualTo("reasons"));
		assertThat(Lifecycle.giveBack(DeclarationStatus.SUBMITTED, "缺少噪声岗位")).isEqualTo(DeclarationStatus.RETURNED);
		assertThatThrownBy(() -> Lifecycle.giveBack(DeclarationStatus.ACCEPTED, "晚了")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void mapsRegisterFieldsToTheReasonsOfArticleEight() {
		assertThat(RegistryEvents.reasons(Set.of("name", "legalRepresentative", "address", "sites", "industryCode")))
			.containsExactlyInAnyOrder("NAME_CHANGE", "LEGAL_REPRESENTATIVE_CHANGE", "WORKPLACE_CHANGE");
		assertThat(RegistryEvents.reasons(Set.of("industryCode"))).isEmpty();
	}

	@Test
	void aChangeOrInitialDeclarationAnswersInitialAndChangeClocksACancellationOnlyItsOwn() {
		assertThat(DeclarationKind.CHANGE.answers(DeclarationKind.INITIAL)).isTrue();
		assertThat(DeclarationKind.INITIAL.answers(DeclarationKind.CHANGE)).isTrue();
		assertThat(DeclarationKind.CHANGE.answers(DeclarationKind.CANCELLATION)).isFalse();
		assertThat(DeclarationKind.CANCELLATION.answers(DeclarationKind.CANCELLATION)).isTrue();
		assertThat(DeclarationKind.CANCELLATION.answers(DeclarationKind.CHANGE)).isFalse();
	}

}
