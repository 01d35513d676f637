package org.ohsonline.shared.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaNamesTests {

	@Test
	void keepsTheSimpleNameOfATopLevelType() {
		assertThat(SchemaNames.readable(String.class)).isEqualTo("String");
		assertThat(SchemaNames.readable(type("org.ohsonline.agency.AgencyView"))).isEqualTo("AgencyView");
	}

	@Test
	void namesANestedTypeWithItsEnclosingTypes() {
		assertThat(SchemaNames.readable(Map.Entry.class)).isEqualTo("MapEntry");
		assertThat(SchemaNames.readable(type("org.ohsonline.declaration.DeclarationView$Item")))
			.isEqualTo("DeclarationViewItem");
		assertThat(SchemaNames.readable(type("org.ohsonline.declaration.DeclarationCommand$Item")))
			.isEqualTo("DeclarationCommandItem");
		assertThat(SchemaNames.readable(type("org.ohsonline.surveillance.ExamCommand$Item")))
			.isEqualTo("ExamCommandItem");
	}

	@Test
	void namesTheBodiesOfAControllerByItsStem() {
		assertThat(SchemaNames.readable(type("org.ohsonline.declaration.api.DeclarationApi$ReturnRequest")))
			.isEqualTo("DeclarationReturnRequest");
		assertThat(SchemaNames.readable(type("org.ohsonline.testing.api.TestingJobApi$ReturnRequest")))
			.isEqualTo("TestingJobReturnRequest");
		assertThat(SchemaNames.readable(type("org.ohsonline.agency.api.AgencyApi$StatusChange")))
			.isEqualTo("AgencyStatusChange");
		assertThat(SchemaNames.readable(type("org.ohsonline.registry.api.EmployerApi$StatusChange")))
			.isEqualTo("EmployerStatusChange");
	}

	@Test
	void doesNotRepeatTheWordsThatEndTheEnclosingNameAndStartTheNestedOne() {
		assertThat(SchemaNames.readable(type("org.ohsonline.declaration.api.DeclarationApi$DeclarationRequest")))
			.isEqualTo("DeclarationRequest");
		assertThat(SchemaNames.join("TestingJob", "JobCreated")).isEqualTo("TestingJobCreated");
		assertThat(SchemaNames.join("Exam", "ExamBatch")).isEqualTo("ExamBatch");
		assertThat(SchemaNames.join("JobView", "ExposureView")).isEqualTo("JobViewExposureView");
		// Only whole words: "Job" does not share a word with "Jobs".
		assertThat(SchemaNames.join("Job", "JobsFilter")).isEqualTo("JobJobsFilter");
		// An acronym is one word.
		assertThat(SchemaNames.join("ExamXML", "XMLRecord")).isEqualTo("ExamXMLRecord");
	}

	@Test
	void namesASecondTypeThatWouldTakeATakenNameByItsQualifiedName() {
		SchemaNames names = new SchemaNames();
		assertThat(names.getNameOfClass(Map.Entry.class)).isEqualTo("MapEntry");
		assertThat(names.getNameOfClass(MapEntry.class)).isEqualTo("org.ohsonline.shared.web.MapEntry");
		assertThat(names.getNameOfClass(Map.Entry.class)).isEqualTo("MapEntry");
	}

	private static Class<?> type(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

/** A top-level type whose simple name is the name {@link SchemaNames} gives {@code Map.Entry}. */
class MapEntry {

}
