import * as React from 'react';
import { Link, useParams } from 'react-router';
import { Card, CardBody, CardTitle, Gallery, PageSection, Title } from '@patternfly/react-core';

/** The console's +Add page, reduced to its Developer Catalog card. */
export const AddPage: React.FC = () => {
  const { ns } = useParams<{ ns?: string }>();
  const to = ns ? `/catalog/ns/${encodeURIComponent(ns)}` : '/catalog/all-namespaces';
  return (
    <PageSection data-test="add-page">
      <Title headingLevel="h1">Add</Title>
      <Gallery hasGutter minWidths={{ default: '300px' }}>
        <Card>
          <CardTitle>Developer Catalog</CardTitle>
          <CardBody>
            <Link to={to} data-test="add-developer-catalog">
              All services
            </Link>
          </CardBody>
        </Card>
      </Gallery>
    </PageSection>
  );
};
