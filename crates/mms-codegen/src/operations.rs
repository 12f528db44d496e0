//! The typed layer over progenitor's output: for every operation of the spec, the route table,
//! the `Call` / `Envelope` / `PagedCall` impls of its builder and answer, the setters of
//! `Request<_, _, builder::X>` and a method of the `Operations` trait.
//!
//! Everything is read from the spec and from the code progenitor generated (setter signatures,
//! field types), so adding an operation to the spec adds it here without a hand-written line.

use std::collections::BTreeMap;

use heck::ToSnakeCase;
use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{
    FnArg, GenericArgument, ImplItem, Item, ItemImpl, ItemStruct, Pat, PathArguments, ReturnType,
    Type,
};

use crate::{CodegenError, ACTION_EXTENSION};

/// One operation as the spec lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteSpec {
    /// The name progenitor gives the method (`get_mms_job`).
    pub method_name: String,
    /// The ACS action (`GetMmsJob`).
    pub action: String,
    /// The HTTP method, upper case.
    pub http_method: String,
    /// The path template.
    pub path: String,
    /// One line of summary, for docs.
    pub summary: Option<String>,
    /// The parameters: wire name, description, and the schema of the decoded value of a
    /// parameter sent as JSON text (extension `x-mms-json-text`).
    pub parameters: Vec<ParameterSpec>,
}

/// One parameter of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterSpec {
    /// The wire name (`sorter.status`).
    pub name: String,
    /// What it means.
    pub description: Option<String>,
    /// For a parameter sent as JSON text, the schema of the value before encoding.
    pub json_text: Option<serde_json::Value>,
}

/// Extension of a string parameter whose value is JSON text; its value is the schema of the
/// decoded value, from which a typed setter is generated.
pub const JSON_TEXT_EXTENSION: &str = "x-mms-json-text";

/// Every operation of the spec, in document order.
pub fn routes(spec: &OpenAPI) -> Vec<RouteSpec> {
    let mut routes = Vec::new();
    for (path, item) in spec.paths.iter() {
        let Some(item) = item.as_item() else { continue };
        for (method, op) in item.iter() {
            let Some(id) = &op.operation_id else { continue };
            let action = op
                .extensions
                .get(ACTION_EXTENSION)
                .and_then(|v| v.as_str())
                .unwrap_or(id)
                .to_string();
            let parameters = op
                .parameters
                .iter()
                .filter_map(|p| match p {
                    ReferenceOr::Item(p) => Some(parameter_spec(p)),
                    ReferenceOr::Reference { reference } => reference
                        .strip_prefix("#/components/parameters/")
                        .and_then(|name| spec.components.as_ref()?.parameters.get(name))
                        .and_then(|p| p.as_item())
                        .map(parameter_spec),
                })
                .collect();
            routes.push(RouteSpec {
                method_name: id.to_snake_case(),
                action,
                http_method: method.to_ascii_uppercase(),
                path: path.clone(),
                summary: op.summary.clone(),
                parameters,
            });
        }
    }
    routes
}

fn parameter_spec(p: &Parameter) -> ParameterSpec {
    let data = p.parameter_data_ref();
    ParameterSpec {
        name: data.name.clone(),
        description: data.description.clone(),
        json_text: data.extensions.get(JSON_TEXT_EXTENSION).cloned(),
    }
}

/// The Rust type of a component schema named in a `$ref`, as the generated code names it.
fn schema_type(reference: &str) -> Option<TokenStream> {
    let name = reference.strip_prefix("#/components/schemas/")?;
    let ident = format_ident!("{name}");
    Some(if crate::OPEN_ENUMS.contains(&name) {
        quote!(crate::#ident)
    } else {
        quote!(types::#ident)
    })
}

/// A setter that takes the typed value of a JSON-text parameter and sends its JSON text.
fn json_text_setter(ident: &syn::Ident, schema: &serde_json::Value) -> Option<TokenStream> {
    let reference = |v: &serde_json::Value| v.get("$ref")?.as_str().and_then(schema_type);
    if let Some(ty) = reference(schema) {
        return Some(quote! {
            pub fn #ident(self, value: #ty) -> Self {
                self.map(|b| b.#ident(crate::JsonText::of(&value)))
            }
        });
    }
    if schema.get("type")?.as_str()? == "array" {
        let item = reference(schema.get("items")?)?;
        return Some(quote! {
            pub fn #ident<I>(self, values: I) -> Self
            where
                I: ::std::iter::IntoIterator,
                I::Item: ::std::convert::Into<#item>,
            {
                let values: ::std::vec::Vec<#item> =
                    values.into_iter().map(::std::convert::Into::into).collect();
                self.map(|b| b.#ident(crate::JsonText::of(&values)))
            }
        });
    }
    None
}

/// What progenitor generated, indexed for the typed layer.
struct Generated<'f> {
    /// Method name on `Client` → builder type name.
    builders: BTreeMap<String, syn::Ident>,
    /// Builder type name → its inherent impl.
    builder_impls: BTreeMap<String, &'f ItemImpl>,
    /// Type name → struct, in `types`.
    types: BTreeMap<String, &'f ItemStruct>,
    /// Every type name defined in `types` (structs, enums, aliases).
    type_names: std::collections::BTreeSet<String>,
}

fn index(file: &syn::File) -> Generated<'_> {
    let mut generated = Generated {
        builders: BTreeMap::new(),
        builder_impls: BTreeMap::new(),
        types: BTreeMap::new(),
        type_names: std::collections::BTreeSet::new(),
    };
    for item in &file.items {
        match item {
            Item::Impl(imp) if imp.trait_.is_none() && type_name(&imp.self_ty) == "Client" => {
                for item in &imp.items {
                    let ImplItem::Fn(f) = item else { continue };
                    if let ReturnType::Type(_, ty) = &f.sig.output {
                        if let Some(name) = last_segment(ty) {
                            generated.builders.insert(f.sig.ident.to_string(), name);
                        }
                    }
                }
            }
            Item::Mod(m) if m.ident == "builder" => {
                for item in m.content.iter().flat_map(|(_, items)| items) {
                    if let Item::Impl(imp) = item {
                        if imp.trait_.is_none() {
                            generated.builder_impls.insert(type_name(&imp.self_ty), imp);
                        }
                    }
                }
            }
            Item::Mod(m) if m.ident == "types" => {
                for item in m.content.iter().flat_map(|(_, items)| items) {
                    match item {
                        Item::Struct(s) => {
                            generated.types.insert(s.ident.to_string(), s);
                            generated.type_names.insert(s.ident.to_string());
                        }
                        Item::Enum(e) => {
                            generated.type_names.insert(e.ident.to_string());
                        }
                        Item::Type(t) => {
                            generated.type_names.insert(t.ident.to_string());
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    generated
}

/// Field types inside `types` name their neighbours bare (`Job`); outside it they need the
/// module (`types::Job`).
fn qualify(ty: &Type, names: &std::collections::BTreeSet<String>) -> Type {
    let mut ty = ty.clone();
    qualify_in_place(&mut ty, names);
    ty
}

fn qualify_in_place(ty: &mut Type, names: &std::collections::BTreeSet<String>) {
    let Type::Path(p) = ty else { return };
    if p.qself.is_none() && p.path.leading_colon.is_none() && p.path.segments.len() == 1 {
        let ident = p.path.segments[0].ident.to_string();
        if names.contains(&ident) {
            p.path
                .segments
                .insert(0, syn::PathSegment::from(format_ident!("types")));
        }
    }
    for segment in p.path.segments.iter_mut() {
        if let PathArguments::AngleBracketed(args) = &mut segment.arguments {
            for arg in args.args.iter_mut() {
                if let GenericArgument::Type(t) = arg {
                    qualify_in_place(t, names);
                }
            }
        }
    }
}

fn type_name(ty: &Type) -> String {
    last_segment(ty).map(|i| i.to_string()).unwrap_or_default()
}

fn last_segment(ty: &Type) -> Option<syn::Ident> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.clone()),
        _ => None,
    }
}

/// `Option<T>` → `Some(T)`.
fn option_inner(ty: &Type) -> Option<&Type> {
    generic_inner(ty, "Option")
}

fn generic_inner<'t>(ty: &'t Type, outer: &str) -> Option<&'t Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != outer {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

fn field<'s>(s: &'s ItemStruct, name: &str) -> Option<&'s Type> {
    s.fields
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == name))
        .map(|f| &f.ty)
}

/// The response type of a builder's `send`:
/// `Result<ResponseValue<types::X>, Error<types::ErrorBody>>` → `types::X`.
fn response_type(imp: &ItemImpl) -> Option<Type> {
    let send = imp.items.iter().find_map(|item| match item {
        ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
        _ => None,
    })?;
    let ReturnType::Type(_, ty) = &send.sig.output else {
        return None;
    };
    generic_inner(ty, "Result")
        .and_then(|ok| generic_inner(ok, "ResponseValue"))
        .cloned()
}

/// How a value of `ty` becomes an `Option`: already one, or wrapped.
fn as_option(expr: TokenStream, ty: &Type) -> (Type, TokenStream) {
    match option_inner(ty) {
        Some(inner) => (inner.clone(), expr),
        None => (ty.clone(), quote!(::std::option::Option::Some(#expr))),
    }
}

/// A page type: exactly `total`, `page_num`, `page_size` and `object_list`.
struct PageShape {
    item: Type,
    total: TokenStream,
    page_num: TokenStream,
    page_size: TokenStream,
    items: TokenStream,
}

fn page_shape(s: &ItemStruct, types: &std::collections::BTreeSet<String>) -> Option<PageShape> {
    let mut names: Vec<String> = s
        .fields
        .iter()
        .filter_map(|f| f.ident.as_ref().map(|i| i.to_string()))
        .collect();
    names.sort();
    if names != ["object_list", "page_num", "page_size", "total"] {
        return None;
    }
    let count = |name: &str| -> Option<TokenStream> {
        let ident = format_ident!("{name}");
        let (_, expr) = as_option(quote!(data.#ident), field(s, name)?);
        Some(expr)
    };
    let list = field(s, "object_list")?;
    let (vec, items) = match option_inner(list) {
        Some(inner) => (inner, quote!(data.object_list.unwrap_or_default())),
        None => (list, quote!(data.object_list)),
    };
    Some(PageShape {
        item: qualify(generic_inner(vec, "Vec")?, types),
        total: count("total")?,
        page_num: count("page_num")?,
        page_size: count("page_size")?,
        items,
    })
}

/// The typed layer of every operation; see the module docs.
pub fn typed_layer(
    spec_version: &str,
    routes: &[RouteSpec],
    file: &syn::File,
) -> Result<TokenStream, CodegenError> {
    let generated = index(file);
    let mut route_consts = Vec::new();
    let mut impls = Vec::new();
    let mut operations = Vec::new();
    let mut envelopes = std::collections::BTreeSet::new();

    for route in routes {
        let missing = |what: &str| CodegenError::Generate(format!("{}: {what}", route.action));
        let builder = generated
            .builders
            .get(&route.method_name)
            .ok_or_else(|| missing("progenitor generated no client method"))?;
        let imp = generated
            .builder_impls
            .get(&builder.to_string())
            .ok_or_else(|| missing("progenitor generated no builder"))?;
        let response = response_type(imp)
            .ok_or_else(|| missing("the builder's `send` has an unexpected signature"))?;
        let response_name = type_name(&response);
        let response_struct = generated.types.get(&response_name).ok_or_else(|| {
            missing(&format!(
                "the 200 answer must be a named object schema, not `{response_name}`"
            ))
        })?;
        let data_field = field(response_struct, "data").ok_or_else(|| {
            missing(&format!(
                "the answer schema `{response_name}` has no `data` property"
            ))
        })?;
        let data_field = qualify(data_field, &generated.type_names);
        let (data, data_expr) = as_option(quote!(self.data), &data_field);
        let request_id = match field(response_struct, "request_id") {
            Some(ty) => as_option(quote!(self.request_id), ty).1,
            None => quote!(::std::option::Option::None),
        };

        let (method_name, action, http_method, path) = (
            &route.method_name,
            &route.action,
            &route.http_method,
            &route.path,
        );
        let route_value = quote! {
            crate::Route {
                method_name: #method_name,
                action: #action,
                method: #http_method,
                path: #path,
            }
        };
        route_consts.push(route_value.clone());

        impls.push(quote! {
            impl<'a> crate::Call<'a> for builder::#builder<'a> {
                type Response = #response;
                type Data = #data;
                const ROUTE: crate::Route = #route_value;
                fn send_once(
                    self,
                ) -> crate::BoxFuture<'a, Result<ResponseValue<#response>, Error<types::ErrorBody>>> {
                    ::std::boxed::Box::pin(builder::#builder::send(self))
                }
            }
        });
        if envelopes.insert(response_name.clone()) {
            impls.push(quote! {
                impl crate::Envelope for #response {
                    type Data = #data;
                    fn into_parts(self) -> (Option<String>, Option<#data>) {
                        (#request_id, #data_expr)
                    }
                }
            });
        }

        let setters = setters(route, imp);
        let setter_names: Vec<String> = imp
            .items
            .iter()
            .filter_map(|i| match i {
                ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect();
        impls.push(quote! {
            impl<'a, S: ?Sized> crate::Request<'a, S, builder::#builder<'a>> {
                #(#setters)*
            }
        });

        let page = generated
            .types
            .get(&type_name(&data))
            .and_then(|s| page_shape(s, &generated.type_names));
        let has_paging = ["page_num", "page_size"]
            .iter()
            .all(|n| setter_names.iter().any(|s| s == n));
        if let (Some(page), true) = (page, has_paging) {
            let PageShape {
                item,
                total,
                page_num,
                page_size,
                items,
            } = page;
            impls.push(quote! {
                impl<'a> crate::PagedCall<'a> for builder::#builder<'a> {
                    type Item = #item;
                    fn with_page_num(self, page_num: i64) -> Self {
                        self.page_num(page_num)
                    }
                    fn with_page_size(self, page_size: i64) -> Self {
                        self.page_size(page_size)
                    }
                    fn into_page(data: #data) -> crate::Page<#item> {
                        crate::Page {
                            total: #total,
                            page_num: #page_num,
                            page_size: #page_size,
                            items: #items,
                        }
                    }
                }
            });
        }

        let method = format_ident!("{}", route.method_name);
        let summary = route.summary.as_deref().unwrap_or(action.as_str());
        let doc = format!(
            "{summary}\n\nAction `{action}`: `{http_method} {path}`. Set its parameters on the \
             returned request, then `.send().await`."
        );
        operations.push(quote! {
            #[doc = #doc]
            fn #method(&self) -> crate::Request<'_, Self, builder::#builder<'_>> {
                crate::Request::new(self, builder::#builder::new(crate::Sender::api(self)))
            }
        });
    }

    let count = route_consts.len();
    Ok(quote! {
        /// The API version every operation is signed with (`x-acs-version`).
        pub const API_VERSION: &str = #spec_version;

        /// Every operation of the spec: its method name, action, HTTP method and path.
        pub const ROUTES: &[crate::Route; #count] = &[#(#route_consts),*];

        #(#impls)*

        /// Every operation of the API, as a method of anything that can send requests
        /// (`maxcompute_mms::Client`). Each returns a request to fill in and send.
        pub trait Operations: crate::Sender {
            #(#operations)*
        }

        impl<S: crate::Sender + ?Sized> Operations for S {}
    })
}

/// The setters of a builder, forwarded by `Request`: same name, generics and bounds.
fn setters(route: &RouteSpec, imp: &ItemImpl) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for item in &imp.items {
        let ImplItem::Fn(f) = item else { continue };
        let name = f.sig.ident.to_string();
        if name == "new" || name == "send" {
            continue;
        }
        let mut sig = f.sig.clone();
        let mut args = Vec::new();
        for input in sig.inputs.iter_mut() {
            match input {
                FnArg::Receiver(r) => r.mutability = None,
                FnArg::Typed(t) => {
                    if let Pat::Ident(p) = t.pat.as_mut() {
                        p.mutability = None;
                        args.push(p.ident.clone());
                    }
                }
            }
        }
        let ident = &f.sig.ident;
        let doc = setter_doc(route, &name);
        if let Some(typed) = parameter_of(route, &name)
            .and_then(|p| p.json_text.as_ref())
            .and_then(|schema| json_text_setter(ident, schema))
        {
            let doc = format!("{doc} Sent as JSON text.");
            out.push(quote! {
                #[doc = #doc]
                #typed
            });
            continue;
        }
        out.push(quote! {
            #[doc = #doc]
            pub #sig {
                self.map(|b| b.#ident(#(#args),*))
            }
        });
    }
    out
}

fn setter_doc(route: &RouteSpec, setter: &str) -> String {
    match setter {
        "body" => return "Sets the whole request body.".to_string(),
        "body_map" => {
            return "Changes the request body field by field, starting from the body set so far."
                .to_string()
        }
        _ => {}
    }
    match parameter_of(route, setter) {
        Some(ParameterSpec {
            name,
            description: Some(description),
            ..
        }) => format!("`{name}`: {description}"),
        Some(p) => format!("Sets `{}`.", p.name),
        None => format!("Sets `{setter}`."),
    }
}

/// The parameter a setter sets: progenitor names setters after the snake case of the wire
/// name, with `.` as `_` and a `_` after keywords (`type_`).
fn parameter_of<'r>(route: &'r RouteSpec, setter: &str) -> Option<&'r ParameterSpec> {
    let bare = setter.trim_end_matches('_');
    route
        .parameters
        .iter()
        .find(|p| p.name.replace('.', "_").to_snake_case() == bare)
}
