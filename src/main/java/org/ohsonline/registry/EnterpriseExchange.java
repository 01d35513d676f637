package org.ohsonline.registry;

import java.io.OutputStream;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.exchange.ExchangeAnswer;

/**
 * Employers in the national data-exchange XML (职业病及健康危害因素监测信息系统数据交换文档规范, 中国疾控中心 2021,
 * 第一章 六(一) 用人单位信息: {@code DataExchange/EventBody/ENTERPRISE_INFO_LIST/ENTERPRISE_INFO}), always within
 * the actor's scope.
 */
public interface EnterpriseExchange {

	/** The most records one document may carry on import. */
	int MAX_RECORDS = 500;

	/**
	 * Writes the employers of the filter in the actor's scope as one document (needs
	 * {@code registry:exchange:export}), checked against the specification's structure before any byte is
	 * written. Phone numbers are written only when asked for and the actor may reveal them
	 * ({@code registry:contact:reveal}); the export is audited, saying whether phones left.
	 * @return how many records were written
	 * @throws org.ohsonline.shared.AccessDeniedException when phones are asked for without the permission
	 */
	int export(Actor actor, EmployerFilter filter, boolean withPhones, OutputStream out);

	/**
	 * Imports a document (needs {@code registry:exchange:import} and {@code registry:employer:write}): each
	 * record is checked against the structure and, for an employer of the register in the actor's scope,
	 * the facts the exchange carries (name, region, address, industry, economic type, contact, phone)
	 * are brought to the document's through the same rules and audit as the edit form. Employers not in
	 * the register are rejected: the exchange does not carry the workforce and legal representative the
	 * register needs. The DocumentId is the idempotency key.
	 * @throws org.ohsonline.shared.InvalidInputException when the document as a whole cannot be read
	 */
	ExchangeAnswer importDocument(Actor actor, byte[] document);

}
