import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** A clear "nothing here" with what to do next, instead of a blank table. */
export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <span>
          <strong>{title}</strong>
          {hint ? <span className="empty-hint">{hint}</span> : null}
        </span>
      }
    >
      {action}
    </Empty>
  );
}
