package org.ohsonline.declaration;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.declaration.DeclarationFixtures.initial;
import static org.ohsonline.declaration.DeclarationFixtures.manager;
import static org.ohsonline.declaration.DeclarationFixtures.supervisor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The receipt as a reader holds it: its text read back with poppler's {@code pdftotext}, its QR
 * code decoded from the rendered page and followed, without logging in, to the verification page,
 * which accepts the PDF as issued and rejects a tampered copy.
 */
@IntegrationTest
class ReceiptIntegrationTests {

	@Autowired
	Declarations declarations;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	HazardFactors hazards;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	final Actor gongshu = supervisor("330105");

	@Test
	void receiptCarriesTheDeclarationAndAQrCodeThatVerifiesIt() throws Exception {
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.gongshu, "330105001",
				"3311", 60);
		String welding = DeclarationFixtures.factor(this.hazards, "电焊烟尘");
		String noise = DeclarationFixtures.factor(this.hazards, "噪声");
		Actor manager = manager(employer);
		DeclarationView draft = this.declarations.draft(manager, initial(employer.id(), welding, noise));
		this.declarations.submit(manager, draft.id());
		DeclarationView accepted = this.declarations.accept(this.gongshu, draft.id());
		byte[] pdf = this.declarations.receipt(manager, draft.id());

		String text = PdfReading.text(pdf, this.temp);
		assertThat(text).contains("职业病危害项目申报回执", "回执编号：" + accepted.receiptNumber(), employer.name(),
				employer.creditCode(), "初次申报", "电焊烟尘", "噪声", "每名劳动者只计一次", "拱墅区卫生健康行政部门",
				"核验码：" + accepted.receiptCode());
		// The national form's management part: principal, organisation, managers and their training.
		assertThat(text).contains("主要负责人", "张三", "指定机构或组织", "专职 0 人，兼职 2 人", "已培训");
		// 12 welders among the 30 exposed to noise: the people exposed are 30, printed as the total (not
		// the 42 person-times of the two rows).
		assertThat(text).containsPattern("(?s)电焊烟尘.*\\b12\\b").containsPattern("(?s)不重复\\s*计?）?\\s*30\\s+每名劳动者只计一次");

		String url = PdfReading.qrCode(pdf, 0);
		assertThat(url).endsWith("/verify/" + accepted.receiptCode());
		String path = URI.create(url).getPath();

		// Anyone, without logging in, sees what was issued and that it stands.
		String page = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("职业病危害项目申报回执", accepted.receiptNumber(), "拱墅区卫生健康行政部门",
				accepted.receiptSha256(), "有效").doesNotContain(employer.name());

		String same = this.mvc.perform(multipart(path).file(new MockMultipartFile("file", "receipt.pdf", "application/pdf", pdf))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(same).contains("完全一致").doesNotContain("不一致");

		byte[] tampered = PdfReading.tampered(pdf);
		String changed = this.mvc.perform(multipart(path)
			.file(new MockMultipartFile("file", "receipt-edited.pdf", "application/pdf", tampered))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(changed).contains("不一致").doesNotContain("完全一致");
	}

	@Test
	void aLaterAcceptedDeclarationReplacesTheEarlierReceipt() throws Exception {
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.gongshu, "330105001",
				"3311", 60);
		String welding = DeclarationFixtures.factor(this.hazards, "电焊烟尘");
		String noise = DeclarationFixtures.factor(this.hazards, "噪声");
		Actor manager = manager(employer);
		DeclarationView first = this.declarations.draft(manager, initial(employer.id(), welding, noise));
		this.declarations.submit(manager, first.id());
		String firstCode = this.declarations.accept(this.gongshu, first.id()).receiptCode();

		DeclarationView change = this.declarations.draft(manager, new DeclarationCommand(employer.id(),
				DeclarationKind.CHANGE, List.of("PROCESS_CHANGE"), "局部排风", 40, DeclarationFixtures.MANAGEMENT,
				List.of(new DeclarationCommand.Item(noise, 40, "冲压工", null))));
		this.declarations.submit(manager, change.id());
		DeclarationView accepted = this.declarations.accept(this.gongshu, change.id());

		String old = this.mvc.perform(get("/verify/" + firstCode)).andReturn().getResponse().getContentAsString();
		assertThat(old).contains("已被取代", accepted.receiptCode(), change.number());
		String current = this.mvc.perform(get("/verify/" + accepted.receiptCode())).andReturn().getResponse().getContentAsString();
		assertThat(current).contains("有效", accepted.receiptNumber()).doesNotContain("已被取代");
	}

	@Test
	void anUnknownCodeSaysSoPlainly() throws Exception {
		var response = this.mvc.perform(get("/verify/ABCDEFGHJKMNPQRS")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("未找到该核验码", "ABCDEFGHJKMNPQRS");
		assertThat(this.mvc.perform(get("/verify/not-a-code")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

}
