package cn.govit.app.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Predicate;

import cn.govit.core.security.Actor;

/**
 * Shows a view's {@code @Menu} entry only to the users the predicate accepts; the view still explains
 * itself to anyone who opens its address. The predicate needs a public no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuShownTo {

    Class<? extends Predicate<Actor>> value();
}
