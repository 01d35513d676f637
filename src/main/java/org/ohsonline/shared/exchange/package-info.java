/**
 * What every business type of the national data exchange shares (职业病及健康危害因素监测信息系统数据交换文档规范,
 * 试行版 1.0, 中国疾控中心 2021-05; /work/shared/reference/exchange-spec-2021): the document header
 * ({@link org.ohsonline.shared.exchange.ExchangeSettings}, {@link org.ohsonline.shared.exchange.DocumentIds}),
 * the hardened reader ({@link org.ohsonline.shared.exchange.ExchangeXml},
 * {@link org.ohsonline.shared.exchange.ExchangeDocument}), the streaming writer
 * ({@link org.ohsonline.shared.exchange.ExchangeWriter}), the per-element checks
 * ({@link org.ohsonline.shared.exchange.ElementChecks}), the per-record answer
 * ({@link org.ohsonline.shared.exchange.ExchangeAnswer}) and idempotency on the DocumentId
 * ({@link org.ohsonline.shared.exchange.ExchangeReplays}). Each module adds its business types on top
 * (docs/decisions/0033-one-exchange-framework.md).
 */
package org.ohsonline.shared.exchange;
