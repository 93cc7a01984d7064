package cn.govit.core.inventory;

import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** One thing wrong with a system as entered: the field, the article where one applies, and the message. */
record Violation(HttpStatus status, String article, String field, String key, Object... args) {

    ApiProblem problem() {
        return new ApiProblem(status, key, article, field, args);
    }
}
