/** HTTP request methods, as written before an API path ("GET /v1.0/me"). */
export const HTTP_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
