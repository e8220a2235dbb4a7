package org.courtdesk.app.api;

import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.UserInfo;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/** The part of the server API (server-stub/API.md) the workstation uses. Paths are relative to the base URL. */
public interface CourtDeskApi {

    @POST("api/v1/auth/login")
    Call<LoginResponse> login(@Body LoginRequest request);

    @POST("api/v1/auth/logout")
    Call<Void> logout();

    @GET("api/v1/me")
    Call<UserInfo> me();

    /** {@code entries = true}: with the feed entries that are not requests (Change.entry), which this build reads. */
    @GET("api/v1/changes")
    Call<ChangesPage> changes(@Query("since") long since, @Query("limit") int limit, @Query("entries") boolean entries);

    /** {@code remaining = true}: the page says how many changes come after it (servers before it ignore the flag). */
    @GET("api/v1/changes")
    Call<ChangesPage> changes(@Query("since") long since, @Query("limit") int limit,
                              @Query("remaining") boolean remaining, @Query("entries") boolean entries);

    @GET("api/v1/judge/reading-requests/{id}")
    Call<ReadingRequestView> readingRequest(@Path("id") long id);

    @POST("api/v1/judge/reading-requests/{id}/decision")
    Call<DecisionResult> decide(@Path("id") long id, @Body ReviewDecision decision);

    @POST("api/v1/judge/reading-requests/{id}/attendance")
    Call<DecisionResult> recordAttendance(@Path("id") long id, @Body AttendanceRecord record);

    /** A staff action of any kind on its own route (relative path), the body as saved in the outbox. */
    @POST
    Call<DecisionResult> act(@Url String path, @Body RequestBody body);

    /** A read-only route of any kind (relative path), answered as JSON. */
    @GET
    Call<ResponseBody> get(@Url String path);

    /** An action that carries files: multipart, idempotent by the key in the header. */
    @POST
    Call<ResponseBody> upload(@Url String path, @retrofit2.http.Header("Idempotency-Key") String idempotencyKey,
                              @Body RequestBody body);

    @Streaming
    @GET("api/v1/documents/{sha256}")
    Call<ResponseBody> document(@Path("sha256") String sha256);
}
