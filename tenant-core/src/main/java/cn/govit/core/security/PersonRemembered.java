package cn.govit.core.security;

/**
 * A user whose token the platform has seen for the first time, or with changed units or roles ({@link People}),
 * in the request's tenant; published once per change, never per request.
 */
public record PersonRemembered(Actor actor) {
}
