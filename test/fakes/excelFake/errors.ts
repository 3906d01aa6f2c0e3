/**
 * Errors as Office raises them: an Error with a `code` (OfficeExtension.ErrorCodes / Excel.ErrorCodes
 * spelling) and `debugInfo`, so that code under test branches on `code` exactly as it would in Excel.
 */
export type FakeErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded";

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export const officeError = (code: FakeErrorCode, message: string, location?: string): FakeOfficeError =>
  new FakeOfficeError(code, message, location);

export const propertyNotLoaded = (owner: string, property: string): FakeOfficeError =>
  officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
