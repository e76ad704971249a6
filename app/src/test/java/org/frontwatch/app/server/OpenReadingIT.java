package org.frontwatch.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The local demo's open reading: anyone may read what a viewer reads, nobody unsigned may change or administer. */
class OpenReadingIT {
    @Test
    void anonymousCallerReadsItemsButCannotReviewUploadOrAdminister() {
        try (FixtureServer fixture = new FixtureServer(new ServerSettings("127.0.0.1", 0, false, true))) {
            ApiClient anyone = ApiClient.anonymous(fixture.baseUrl());
            var items = anyone.get("/api/items");
            assertThat(items.statusCode()).isEqualTo(200);
            assertThat(items.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(items.body()).startsWith("{").contains("items");

            assertThat(anyone.get("/api/users").statusCode()).isEqualTo(401);
            assertThat(anyone.send("POST", "/api/ingest?name=x.txt", "text").statusCode()).isIn(401, 403);
        }
    }

    @Test
    void withoutOpenReadingAnonymousCallerMustSignIn() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            assertThat(ApiClient.anonymous(fixture.baseUrl()).get("/api/items").statusCode()).isEqualTo(401);
        }
    }
}
