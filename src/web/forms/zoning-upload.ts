// The zoning file's upload (multipart, one CSV file up to MAX_ZONING_BYTES): read into memory, or
// the reason it was refused (worded in presenters/zoning-refusals.ts).
import type { Request, Response } from 'express';
import multer from 'multer';
import { MAX_ZONING_BYTES } from '../../domain/zoning/parse-zoning';

export type UploadRefusal = 'too-large' | 'not-one-file';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ZONING_BYTES, files: 1, fields: 4, parts: 5 },
}).single('fichier');

/** Parses the multipart body into req.body and req.file; the reason when the upload itself is refused. */
export const receiveZoningFile = (req: Request, res: Response): Promise<UploadRefusal | null> =>
  new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (!error) return resolve(null);
      if (error instanceof multer.MulterError)
        return resolve(error.code === 'LIMIT_FILE_SIZE' ? 'too-large' : 'not-one-file');
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
