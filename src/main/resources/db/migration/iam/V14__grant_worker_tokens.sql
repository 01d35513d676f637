-- Workers may create API tokens for their own use (a health app or a union's tool reading their
-- own diagnosis case and certificate through /api/v1/diagnosis). A token never carries more than
-- its owner's permissions and keeps the owner's PERSON scope, so it reads only the worker's own record.
insert into role_permission (role_code, permission_code)
values ('WORKER', 'iam:token:write');
