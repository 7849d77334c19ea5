// Errors the handlers raise on purpose; the error handler turns each into its status and French page.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends HttpError {
  constructor(message = 'Page non trouvée') {
    super(404, message);
  }
}

export class ServiceUnavailableError extends HttpError {
  constructor(message = 'Service momentanément indisponible') {
    super(503, message);
  }
}
