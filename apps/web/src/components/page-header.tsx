import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

/** The page's one h1, its place in the app and its actions. */
export function PageHeader({
  title,
  crumbs = [],
  extra,
  subtitle,
}: {
  title: ReactNode;
  crumbs?: Crumb[];
  extra?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <header className="page-header">
      {crumbs.length > 0 ? (
        <Breadcrumb
          items={crumbs.map((crumb) => ({
            key: crumb.label,
            title: crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label,
          }))}
        />
      ) : null}
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div className="page-header-titles">
          <Typography.Title level={1} className="page-title">
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
        </div>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
    </header>
  );
}
