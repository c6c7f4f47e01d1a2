import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply } from 'fastify';

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Streams an export to the client. A failure before the first byte (an unknown id, say) still becomes a proper
 * error response, because the reply is only sent once the export has produced data or finished.
 */
export async function sendTableDownload(
  reply: FastifyReply,
  options: { format: 'csv' | 'xlsx'; fileName: string; write: (destination: Writable) => Promise<unknown> },
): Promise<FastifyReply> {
  const body = new PassThrough();
  const done = options.write(body);
  await Promise.race([done, new Promise((resolve) => body.once('readable', resolve))]);
  done.catch((error: unknown) => body.destroy(error as Error));
  return reply
    .header('content-type', contentTypes[options.format])
    .header('content-disposition', `attachment; filename="${options.fileName}.${options.format}"`)
    .send(body);
}
