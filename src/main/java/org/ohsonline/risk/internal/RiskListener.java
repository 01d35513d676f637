package org.ohsonline.risk.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An application module listener of the risk module ({@code @ApplicationModuleListener}: after the publisher's
 * commit, in a transaction of its own, with its event publication in the registry) that runs on the module's own
 * executor ({@link RiskListenerExecutor}) instead of the listeners' shared pool: a register change reaches the
 * employer's class without waiting behind the other modules' listeners of the same events (declaration and testing
 * clocks), whose work can follow later (decision 0039).
 */
@Async(RiskListenerExecutor.NAME)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@interface RiskListener {

	/** As {@link TransactionalEventListener#condition()}: when false, the listener gets no publication of the event. */
	@AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
	String condition() default "";

}
